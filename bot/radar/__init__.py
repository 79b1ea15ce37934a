"""The pure radar core: catalog models, lookup, answers and vote rules (no Slack, HTTP or SQLite)."""
