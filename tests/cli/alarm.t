# --alarm DAYS[,DAYS]...: one parser (src/cli/util.c, opt_alarm) for every command that
# writes .ics, so the same list gives the same alarms, or the same error, in due, batch
# and remind.  Leading zeros say nothing: 0000000000000007 is 7 days (it was once cut to
# 15 characters, 0 days, by batch and refused by due).
#
# A citizen of Uzbekistan arriving Thu 20 Mar 2025: notification due Thu 27 Mar 2025, TRP due Fri 18 Apr
# with apply-by Wed 9 Apr (alarms before it too: 7 + 9 = 16 and 1 + 9 = 10 days before
# the event's start).
$ kzmig due --arrival 2025-03-20 --citizenship UZ --today 2025-03-21 --format ics --alarm 0000000000000007,1 | grep TRIGGER
TRIGGER;RELATED=START:-P7D
TRIGGER;RELATED=START:-P1D
TRIGGER;RELATED=START:-P7D
TRIGGER;RELATED=START:-P16D
TRIGGER;RELATED=START:-P1D
TRIGGER;RELATED=START:-P10D
$ printf 'id,citizenship,arrival\nU1,UZ,2025-03-20\n' | kzmig batch - --today 2025-03-21 --format ics --alarm 0000000000000007,1 | grep TRIGGER
TRIGGER;RELATED=START:-P7D
TRIGGER;RELATED=START:-P1D
TRIGGER;RELATED=START:-P7D
TRIGGER;RELATED=START:-P16D
TRIGGER;RELATED=START:-P1D
TRIGGER;RELATED=START:-P10D
$ printf 'id,citizenship,arrival\nU1,UZ,2025-03-20\n' | kzmig remind - --within 60 --today 2025-03-21 --format ics --alarm 0000000000000007,1 | grep TRIGGER
TRIGGER;RELATED=START:-P7D
TRIGGER;RELATED=START:-P1D
TRIGGER;RELATED=START:-P7D
TRIGGER;RELATED=START:-P16D
TRIGGER;RELATED=START:-P1D
TRIGGER;RELATED=START:-P10D

# The same list, the same message, whichever command reads it.
$ for a in 7,x '' 7,, 1,2,3,4,5,6,7,8,9 367 -1 ' 7' 99999999999999999999999; do for c in 'due --arrival 2025-03-20 --citizenship UZ' 'batch examples/roster.csv' 'remind examples/roster.csv --within 7'; do kzmig $c --today 2025-03-21 --format ics --alarm "$a" >/dev/null; echo "exit $?"; done; done
kzmig: --alarm: 'x' is not a whole number (expected 0..366)
exit 2
kzmig: --alarm: 'x' is not a whole number (expected 0..366)
exit 2
kzmig: --alarm: 'x' is not a whole number (expected 0..366)
exit 2
kzmig: --alarm: '' has an empty item (expected DAYS[,DAYS]..., e.g. 7,1)
exit 2
kzmig: --alarm: '' has an empty item (expected DAYS[,DAYS]..., e.g. 7,1)
exit 2
kzmig: --alarm: '' has an empty item (expected DAYS[,DAYS]..., e.g. 7,1)
exit 2
kzmig: --alarm: '7,,' has an empty item (expected DAYS[,DAYS]..., e.g. 7,1)
exit 2
kzmig: --alarm: '7,,' has an empty item (expected DAYS[,DAYS]..., e.g. 7,1)
exit 2
kzmig: --alarm: '7,,' has an empty item (expected DAYS[,DAYS]..., e.g. 7,1)
exit 2
kzmig: --alarm: more than 8 alarms (expected DAYS[,DAYS]..., at most 8)
exit 2
kzmig: --alarm: more than 8 alarms (expected DAYS[,DAYS]..., at most 8)
exit 2
kzmig: --alarm: more than 8 alarms (expected DAYS[,DAYS]..., at most 8)
exit 2
kzmig: --alarm: 367 out of range (expected 0..366)
exit 2
kzmig: --alarm: 367 out of range (expected 0..366)
exit 2
kzmig: --alarm: 367 out of range (expected 0..366)
exit 2
kzmig: --alarm: -1 out of range (expected 0..366)
exit 2
kzmig: --alarm: -1 out of range (expected 0..366)
exit 2
kzmig: --alarm: -1 out of range (expected 0..366)
exit 2
kzmig: --alarm: ' 7' is not a whole number (expected 0..366)
exit 2
kzmig: --alarm: ' 7' is not a whole number (expected 0..366)
exit 2
kzmig: --alarm: ' 7' is not a whole number (expected 0..366)
exit 2
kzmig: --alarm: '99999999999999999999999' is not a whole number (expected 0..366)
exit 2
kzmig: --alarm: '99999999999999999999999' is not a whole number (expected 0..366)
exit 2
kzmig: --alarm: '99999999999999999999999' is not a whole number (expected 0..366)
exit 2
# --alarm none: the events without any reminder, in every command that writes .ics.
$ kzmig due --arrival 2025-03-20 --citizenship UZ --today 2025-03-21 --format ics --alarm none | grep BEGIN: | tr -d '\r' | sort | uniq -c
      1 BEGIN:VCALENDAR
      2 BEGIN:VEVENT
$ kzmig batch examples/roster.csv --today 2025-09-01 --format ics --alarm none | grep BEGIN: | tr -d '\r' | sort | uniq -c
      1 BEGIN:VCALENDAR
     13 BEGIN:VEVENT
$ kzmig remind examples/roster.csv --within 30 --today 2025-09-01 --format ics --alarm none | grep BEGIN: | tr -d '\r' | sort | uniq -c
      1 BEGIN:VCALENDAR
      1 BEGIN:VEVENT
