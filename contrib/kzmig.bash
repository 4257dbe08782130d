# bash completion for kzmig(1)
_kzmig()
{
	local cur prev words cword
	_init_completion || return

	local cmds="due stay calendar workdays fine fees batch remind data help version"
	if [[ $cword -eq 1 ]]; then
		COMPREPLY=($(compgen -W "$cmds --help --version --data --lang" -- "$cur"))
		return
	fi
	# An option's value: its words where it has a few, else nothing (never option names).
	case $prev in
	--format)
		case ${words[1]} in
		batch) COMPREPLY=($(compgen -W "csv json ics xlsx" -- "$cur")) ;;
		stay | fine | fees) COMPREPLY=($(compgen -W "text json" -- "$cur")) ;;
		*) COMPREPLY=($(compgen -W "text json ics" -- "$cur")) ;;
		esac
		return ;;
	--host) COMPREPLY=($(compgen -W "individual small medium large" -- "$cur")); return ;;
	--count-from) COMPREPLY=($(compgen -W "arrival next-day" -- "$cur")); return ;;
	--entry) COMPREPLY=($(compgen -W "visa-free visa" -- "$cur")); return ;;
	--color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
	--lang) COMPREPLY=($(compgen -W "en ru kk" -- "$cur")); return ;;
	--encoding) COMPREPLY=($(compgen -W "auto utf-8 utf-16 cp1251" -- "$cur")); return ;;
	--only)
		COMPREPLY=($(compgen -W "arrival-notification self-registration trp stay-limit
			visa-extension passport-validity passport-renewal" -- "$cur"))
		return ;;
	--policy | --output) _filedir; return ;;
	--data) _filedir -d; return ;;
	--arrival | --citizenship | --birth | --visa-expiry | --passport-expiry | \
	--trp-expiry | --today | --on | --moved | --trip | --year | --days | --within | \
	--overdue | --alarm | --column)
		return ;;
	esac
	local opts
	case ${words[1]} in
	due) opts="--arrival --citizenship --entry --birth --visa-expiry --passport-expiry
		--trp-expiry --trip --moved --host --count-from --policy --today --format --alarm
		--explain --color --data" ;;
	stay) opts="--citizenship --trip --arrival --on --format --data" ;;
	calendar) opts="--year --format --color --data" ;;
	workdays) [[ $cword -eq 2 ]] && opts="add count" || opts="--explain --data" ;;
	fine) [[ $cword -eq 2 ]] && opts="late-notification overstay --list" ||
		opts="--on --host --repeat --days --format --data" ;;
	fees) opts="--year --on --format --data" ;;
	batch) opts="--only --format --output --today --host --count-from --policy --alarm
		--column --encoding --data"
		[[ $cur != -* ]] && { _filedir '@(csv|txt)'; return; } ;;
	remind) opts="--within --overdue --only --today --format --host --count-from --policy
		--alarm --color --column --encoding --data"
		[[ $cur != -* ]] && { _filedir '@(csv|txt)'; return; } ;;
	data) [[ $cword -eq 2 ]] && opts="check" || { [[ $cur == -* ]] && opts="--policy" ||
		{ _filedir -d; return; }; } ;;
	help) opts="$cmds" ;;
	esac
	# --lang works with every command
	[[ ${words[1]} != help && $cur == -* ]] && opts="$opts --lang"
	COMPREPLY=($(compgen -W "$opts" -- "$cur"))
}
complete -F _kzmig kzmig
