"""`chorus serve`: a small self-hosted web app and JSON API over `chorus.brief`.

FastAPI and uvicorn come with the `web` extra and are imported only when the app is
built (`chorus.serve.app.create_app`), so the core imports without them.
"""
