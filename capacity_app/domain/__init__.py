"""capacity_app.domain"""
