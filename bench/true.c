/* true.c — a bare C binary that does nothing: the start-up baseline. */
int main(void)
{
	return 0;
}
