"""The HTTP face of the service (aiohttp); build it with service.api.app.create_app."""
