"""The one exception type chorus raises for problems a user can fix."""


class ChorusError(Exception):
    """A problem with the input or the request, told in one line that names the culprit.

    The CLI prints it as `chorus: error: <message>` and exits non-zero; it never shows a
    traceback for one of these.
    """
