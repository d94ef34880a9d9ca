"""capacity_app.catalog"""
