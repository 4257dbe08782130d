# Every name a roster's header may give a field (the aliases in src/roster.c) is listed
# in kzmig.1 under its field, so the man page and the reader cannot drift apart.
$ sed -n '/^} aliases\[\] = {/,/^};/p' src/roster.c | grep -o '{"[^"]*", KZ_FIELD_[A-Z_]*}' | sed 's/{"\([^"]*\)", KZ_FIELD_\([A-Z_]*\)}/\1 \2/' | while read -r name field; do f=$(echo "$field" | tr 'A-Z' 'a-z'); words=$(echo "$name" | tr '_' ' '); sed -n "/^\.It Cm $f\$/{n;p}" kzmig.1 | grep -qF "$words" || echo "not in kzmig.1 under $f: $words"; done; echo checked
checked
