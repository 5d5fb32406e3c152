"""GarageDesk (汽修前台): the front-desk program of a car repair shop.

`app` holds the program's rules and use cases. Nothing in it imports Qt widgets.
"""

__version__ = "0.1.0"
