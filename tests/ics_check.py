#!/usr/bin/env python3
"""ics_check.py — an independent, strict RFC 5545 check of kzmig's iCalendar files.

Written with Python's standard library only (no libical, no third-party parser), so it
shares no code with the writer it checks.  It checks what makes calendar applications
reject or garble a file, which lenient parsers (libical's own, python-icalendar) accept:

  - octets: valid UTF-8; every line ends in CRLF (no bare CR or LF); each physical line
    at most 75 octets and valid UTF-8 on its own (a fold never splits a character);
  - content lines (§3.1): NAME *(;PARAM=VALUE) : VALUE; no control characters but HTAB;
    TEXT escapes (§3.3.11): only \\\\ \\; \\, \\n \\N, and no bare , or ; in SUMMARY and
    DESCRIPTION;
  - components: BEGIN/END nest and match, one VCALENDAR and nothing after it;
  - required properties: VCALENDAR VERSION:2.0 and PRODID (§3.6); VEVENT UID, DTSTAMP
    (UTC date-time) and DTSTART, at most one of each single-valued property, DTEND and
    DURATION not both, an all-day DTSTART with an all-day DTEND after it (§3.6.1);
    VALARM ACTION and TRIGGER (a duration, or VALUE=DATE-TIME in UTC), DISPLAY with a
    DESCRIPTION (§3.6.6); UIDs unique in the file.

Usage: ics_check.py FILE...   Prints "FILE: ok: N events, M alarms" per good file, or
"FILE:LINE: what is wrong" per problem; exit 0 when every file is good, else 1.
"""
import datetime
import re
import sys

NAME = re.compile(r"[A-Za-z0-9-]+\Z")
PARAM_TEXT = re.compile(r'[^\x00-\x08\x0a-\x1f\x7f";:,]*\Z')
QUOTED = re.compile(r'"[^\x00-\x08\x0a-\x1f\x7f"]*"\Z')
DATE = re.compile(r"(\d{4})(\d{2})(\d{2})\Z")
UTC_DATE_TIME = re.compile(r"\d{8}T\d{6}Z\Z")
DURATION = re.compile(r"[+-]?P(\d+W|(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?)\Z")
CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")

ONCE = {
    "VCALENDAR": {"VERSION", "PRODID", "CALSCALE", "METHOD"},
    "VEVENT": {"UID", "DTSTAMP", "DTSTART", "DTEND", "DURATION", "SUMMARY",
               "DESCRIPTION", "TRANSP", "CLASS", "CREATED", "LAST-MODIFIED",
               "LOCATION", "ORGANIZER", "PRIORITY", "SEQUENCE", "STATUS", "URL"},
    "VALARM": {"ACTION", "TRIGGER", "DESCRIPTION", "SUMMARY", "DURATION", "REPEAT"},
}
REQUIRED = {
    "VCALENDAR": ("VERSION", "PRODID"),
    "VEVENT": ("UID", "DTSTAMP", "DTSTART"),
    "VALARM": ("ACTION", "TRIGGER"),
}


def split_params(s):
    """Splits at ';' outside double quotes."""
    out, cur, quoted = [], "", False
    for ch in s:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return out


def parse_line(text):
    """(name, {param: value}, value) of an unfolded content line, or raises ValueError."""
    quoted, colon = False, -1
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            colon = i
            break
    if colon < 0:
        raise ValueError("no ':' between name and value")
    head, value = text[:colon], text[colon + 1:]
    parts = split_params(head)
    name = parts[0]
    if not NAME.match(name):
        raise ValueError("bad property name %r" % name)
    params = {}
    for p in parts[1:]:
        key, eq, val = p.partition("=")
        if not eq or not NAME.match(key):
            raise ValueError("bad parameter %r" % p)
        for v in val.split(","):
            if not (PARAM_TEXT.match(v) or QUOTED.match(v)):
                raise ValueError("bad parameter value %r" % v)
        params[key.upper()] = val
    if CONTROL.search(value):
        raise ValueError("control character in the value of %s" % name)
    return name.upper(), params, value


def check_text(name, value, problems, where):
    i = 0
    while i < len(value):
        ch = value[i]
        if ch == "\\":
            if i + 1 >= len(value) or value[i + 1] not in "\\;,nN":
                problems.append((where, "%s: bad escape in TEXT" % name))
            i += 2
            continue
        if ch in ",;":
            problems.append((where, "%s: unescaped %r in TEXT" % (name, ch)))
        i += 1


def day_of(value):
    m = DATE.match(value)
    if not m:
        return None
    y, mo, d = (int(x) for x in m.groups())
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


def check_component(comp, problems, uids):
    kind, props, line = comp["kind"], comp["props"], comp["line"]
    seen = {}
    for name, params, value, where in props:
        seen.setdefault(name, []).append((params, value, where))
    for name in ONCE.get(kind, ()):
        if len(seen.get(name, [])) > 1:
            problems.append((seen[name][1][2], "%s: %s more than once" % (kind, name)))
    for name in REQUIRED.get(kind, ()):
        if name not in seen:
            problems.append((line, "%s without %s" % (kind, name)))
    one = {k: v[0] for k, v in seen.items()}
    if kind == "VCALENDAR":
        if "VERSION" in one and one["VERSION"][1] != "2.0":
            problems.append((one["VERSION"][2], "VERSION is not 2.0"))
        if not comp["children"]:
            problems.append((line, "VCALENDAR with no component"))
    elif kind == "VEVENT":
        if "UID" in one:
            uid = one["UID"][1]
            if uid in uids:
                problems.append((one["UID"][2], "UID %s twice in the file" % uid))
            uids.add(uid)
        if "DTSTAMP" in one and not UTC_DATE_TIME.match(one["DTSTAMP"][1]):
            problems.append((one["DTSTAMP"][2], "DTSTAMP is not a UTC date-time"))
        if "DTEND" in one and "DURATION" in one:
            problems.append((line, "VEVENT with both DTEND and DURATION"))
        if "DTSTART" in one and one["DTSTART"][0].get("VALUE") == "DATE":
            start = day_of(one["DTSTART"][1])
            if start is None:
                problems.append((one["DTSTART"][2], "DTSTART;VALUE=DATE is not a date"))
            if "DTEND" in one:
                params, value, where = one["DTEND"]
                end = day_of(value) if params.get("VALUE") == "DATE" else None
                if end is None:
                    problems.append((where, "DTEND of an all-day event is not a date"))
                elif start is not None and end <= start:
                    problems.append((where, "DTEND is not after DTSTART"))
        for name in ("SUMMARY", "DESCRIPTION"):
            if name in one:
                check_text(name, one[name][1], problems, one[name][2])
    elif kind == "VALARM":
        if "TRIGGER" in one:
            params, value, where = one["TRIGGER"]
            if params.get("VALUE") == "DATE-TIME":
                ok = UTC_DATE_TIME.match(value)
            else:
                ok = DURATION.match(value) and value.rstrip("T") == value and value[-1] != "P"
            if not ok:
                problems.append((where, "TRIGGER %r is not a duration or UTC time" % value))
            if params.get("RELATED", "START") not in ("START", "END"):
                problems.append((where, "TRIGGER RELATED is not START or END"))
        if "ACTION" in one and one["ACTION"][1] == "DISPLAY" and "DESCRIPTION" not in one:
            problems.append((line, "DISPLAY alarm without DESCRIPTION"))
        if "DESCRIPTION" in one:
            check_text("DESCRIPTION", one["DESCRIPTION"][1], problems, one["DESCRIPTION"][2])


def check(data):
    """Returns (problems, events, alarms); problems are (line number, message)."""
    problems = []
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        return [(0, "not UTF-8 at octet %d" % e.start)], 0, 0
    if not data.endswith(b"\r\n"):
        problems.append((0, "does not end in CRLF"))
    raw = data.split(b"\r\n")
    if raw and raw[-1] == b"":
        raw.pop()
    logical = []  # (first physical line number, text)
    for n, line in enumerate(raw, 1):
        if b"\r" in line or b"\n" in line:
            problems.append((n, "a bare CR or LF (lines end in CRLF)"))
        if len(line) > 75:
            problems.append((n, "%d octets (at most 75 before CRLF)" % len(line)))
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append((n, "a fold splits a UTF-8 character"))
            text = line.decode("utf-8", "replace")
        if text[:1] in (" ", "\t"):
            if not logical:
                problems.append((n, "a continuation line with nothing before it"))
            else:
                logical[-1][1] += text[1:]
        elif text == "":
            problems.append((n, "an empty line"))
        else:
            logical.append([n, text])
    stack, top, events, alarms, uids = [], [], 0, 0, set()
    for n, text in logical:
        try:
            name, params, value = parse_line(text)
        except ValueError as e:
            problems.append((n, str(e)))
            continue
        if name == "BEGIN":
            comp = {"kind": value.upper(), "props": [], "children": [], "line": n}
            if stack:
                stack[-1]["children"].append(comp)
            else:
                if top:
                    problems.append((n, "something after the VCALENDAR"))
                top.append(comp)
            stack.append(comp)
            events += comp["kind"] == "VEVENT"
            alarms += comp["kind"] == "VALARM"
        elif name == "END":
            if not stack or stack[-1]["kind"] != value.upper():
                problems.append((n, "END:%s does not match the open component" % value))
                continue
            check_component(stack.pop(), problems, uids)
        elif not stack:
            problems.append((n, "a property outside any component"))
        else:
            stack[-1]["props"].append((name, params, value, n))
    for comp in stack:
        problems.append((comp["line"], "BEGIN:%s never ends" % comp["kind"]))
    if not top or top[0]["kind"] != "VCALENDAR":
        problems.append((1, "not a VCALENDAR"))
    return problems, events, alarms


def main(argv):
    if len(argv) < 2:
        sys.stderr.write("usage: ics_check.py FILE...\n")
        return 2
    bad = False
    for path in argv[1:]:
        with open(path, "rb") as f:
            problems, events, alarms = check(f.read())
        for n, msg in problems:
            print("%s:%d: %s" % (path, n, msg))
        if problems:
            bad = True
        else:
            print("%s: ok: %d events, %d alarms" % (path, events, alarms))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
