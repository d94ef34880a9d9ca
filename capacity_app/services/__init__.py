"""capacity_app.services"""
