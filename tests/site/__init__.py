"""A small local web site that imitates the pages Evidence Kit must capture (see server.py)."""
