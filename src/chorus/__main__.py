"""`python -m chorus`: the same as the `chorus` command."""

from chorus.cli import main

if __name__ == "__main__":
    main()
