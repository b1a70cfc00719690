"""The built-in task types, one module each, registered as entry points of this project's pyproject exactly as a
plugin registers its own (service.registry): `evaluate_department`, and the diagnostic `echo` and `sleep`.

Imported by the API too (for their schemas), so these modules import nothing of the worker's machinery;
`runner.py` is the wrapper the worker runs every type's function in.
"""
