# .ics as a calendar program keeps it (khal): a file imported, then the file made again
# after the arrival and visa dates were corrected, leaves as many events as one file has
# (the UIDs follow the person and the deadline, not the dates), and the corrected dates.
$ d=$(mktemp -d) && export XDG_DATA_HOME=$d XDG_CACHE_HOME=$d && mkdir $d/cal && printf '[calendars]\n[[kz]]\npath = %s/cal\n[locale]\ntimeformat = %%H:%%M\ndateformat = %%Y-%%m-%%d\nlongdateformat = %%Y-%%m-%%d\ndatetimeformat = %%Y-%%m-%%d %%H:%%M\nlongdatetimeformat = %%Y-%%m-%%d %%H:%%M\n' $d >$d/config && kzmig due --arrival 2025-03-20 --citizenship UZ --visa-expiry 2025-09-01 --passport-expiry 2030-01-01 --today 2025-03-21 --format ics >$d/old.ics && kzmig due --arrival 2025-03-19 --citizenship UZ --visa-expiry 2025-09-02 --passport-expiry 2030-01-01 --today 2025-03-21 --format ics >$d/new.ics && grep -c BEGIN:VEVENT $d/new.ics && khal -c $d/config import --batch -a kz $d/old.ics && ls $d/cal | wc -l && khal -c $d/config import --batch -a kz $d/new.ics && ls $d/cal | wc -l && khal -c $d/config list 2025-03-01 2025-04-30 | grep -c 'Due: Wed 26 Mar 2025'; rm -rf $d
5
5
5
1
