# The law in force on the day (issue 10): each fine and duty by the text of its date;
# a day its sources do not cover is provisional, with why.  Sources: doc/sources/.
#
# CAO 517 as amended by Law 127-VI (text of 28.12.2017): more than 3 days past the stay is
# part 4, 15 MCI or expulsion; there were no 10 / 25 MCI tiers before Law 292-VI (2020).
$ kzmig fine overstay --days 4 --on 2018-06-01 --format json | jq -c '[.article, .mci, .kzt, .alternative, .provisional]'
["CAO 517 part 4",15,36075,"administrative expulsion (then a 5-year entry ban, Migration Law art. 48)",false]
$ kzmig fine overstay --days 4 --on 2020-06-01 --format json | jq -c '[.article, .mci, .provisional]'
["CAO 517 part 3",10,false]
# Before Law 127-VI (text of 11.07.2017) arrest was a third choice.
$ kzmig fine overstay --days 4 --on 2017-06-01 | grep -A1 'Or instead'
  Or instead:    arrest up to 10 days, or administrative expulsion (then a 5-year entry ban,
                 Migration Law art. 48)
# January 2020: Law 292-VI came into force on a day not established: provisional, why.
$ kzmig fine overstay --days 4 --on 2020-01-15 --format json | jq -r '.provisional, .reason'
true
Law 292-VI of 27.12.2019 came into force 10 days after its first publication, on a day in January 2020 not established: until then the earlier text applied (part 3 a warning up to 3 days; part 4 15 MCI or expulsion)
# 2016: no text of the Code before 2017 was read.
$ kzmig fine late-notification --on 2016-05-10 | grep -A2 Provisional
  Provisional:   the text of CAO art. 518 before Law 28-VI of 22.12.2016 came into force (10 days
                 after its publication, early January 2017; day not established) was not read: the
                 amounts of the 2017 text are applied
# The host's fine in 2017: 15 / 30 / 45 / 60 MCI (a private person too was fined).
$ kzmig fine late-notification --on 2017-06-01 --host individual --format json | jq -c '[.mci, .warning]'
[15,false]
# A part deleted in 2020 (518 p. 4, deals with an unlawfully staying foreigner).
$ kzmig fine deals --host medium --on 2019-05-01 --format json | jq -c '[.article, .mci]'
["CAO 518 part 4",75]
$ kzmig fine deals --on 2021-05-01
kzmig: --on: CAO 518 part 4 is not in force after 2020-01-31 (asked for 2021-05-01)
[exit 2]
# The list is of the texts in force on the day.
$ kzmig fine --list --on 2019-06-01 --format json | jq -r '.fines[].article' | paste -sd' '
CAO 518 part 1 CAO 518 part 2 CAO 518 part 3 CAO 518 part 4 CAO 518 part 5 CAO 517 part 1 CAO 517 part 2 CAO 517 part 3 CAO 517 part 4 CAO 517 part 5 CAO 517 part 6 CAO 517 part 7
# Duties: the permanent-residence duty only from 1 Jan 2022 (Law 382-VI).
$ kzmig fees --year 2019 --format json | jq -r '.periods[].duties[].id' | paste -sd' '
invitation exit-visa single-entry-visa multiple-entry-visa prp-exit-visa residence-card trp
$ kzmig fees --on 2022-01-01 --format json | jq -r '.periods[0].duties[] | select(.id == "prp") | [.mci, .provisional] | @tsv'
4	false
# Before 2018 (the Tax Code of 2008, not read): every rate is provisional, with why.
$ kzmig fees --on 2017-06-01 | sed -n 3,6p
  DUTY                                                MCI          KZT
  Invitation (letter of invitation), per invitee      0.5      1,134.5*
  Exit visa                                           0.5      1,134.5*
  Single entry-exit visa (issue or extension)           7       15,883*
$ kzmig fees --on 2017-06-01 --format json | jq -r '[.periods[0].duties[].provisional] | all'
true
# A deadline carries the fine of its own day's text: an overstay from 2 Jun 2018 is part 3,
# a warning for up to 3 days; the repeat is part 6.
$ kzmig due --arrival 2018-05-03 --citizenship US --today 2018-05-03 --format json | jq -c '.deadlines[] | select(.id == "stay-limit") | [.due, .fine.article, .fine.warning, .fine.repeat.article]'
["2018-06-01","CAO 517 part 3",true,"CAO 517 part 6"]
