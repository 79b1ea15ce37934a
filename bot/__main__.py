"""`python -m bot`: the same command line as `radar-bot`."""

from bot.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
