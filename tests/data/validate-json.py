#!/usr/bin/env python3
"""Checks a JSON document against a JSON Schema (draft 2020-12).

Usage: validate-json.py SCHEMA DOCUMENT
Exit 0 when valid; 1 with every error listed; 3 when python3-jsonschema is
missing (the test that calls it then skips).
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed", file=sys.stderr)
    sys.exit(3)

with open(sys.argv[1], encoding="utf-8") as f:
    schema = json.load(f)
with open(sys.argv[2], encoding="utf-8") as f:
    document = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
for error in errors:
    print("/".join(str(p) for p in error.path) or "(root)", ":", error.message)
sys.exit(1 if errors else 0)
