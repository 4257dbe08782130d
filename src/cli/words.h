/* words.h — titles and filing places of deadlines, by id. */
#ifndef KZ_WORDS_H
#define KZ_WORDS_H

struct words {
	const char *id;
	const char *title;
	const char *title_move; /* after a move, or NULL: the same title */
	const char *where;
};
const struct words *words_of(const char *id);

#endif
