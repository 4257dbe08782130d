// person.cc — the same program in C++: the header is usable from C++ as it stands.
#include <kzmig.h>

#include <cstring>
#include <iostream>

int main()
{
	kz_deadline dl[KZ_DEADLINES_MAX];
	kz_person p;
	kz_error err;
	size_t n = 0;
	char a[11];

	std::memset(&p, 0, sizeof p);
	std::memcpy(p.citizenship, "UZ", 3);
	p.arrival = kz_day_from_ymd(2025, 3, 20);
	p.birth = p.visa_expiry = p.passport_expiry = p.trp_expiry = KZ_NO_DAY;
	p.today = p.arrival + 1;
	p.host = KZ_HOST_SMALL;
	if (kz_deadlines(kz_rules_builtin(), &p, dl, KZ_DEADLINES_MAX, &n, &err) != 0) {
		std::cerr << err.where << ": " << err.msg << '\n';
		return 1;
	}
	for (size_t i = 0; i < n; i++)
		std::cout << dl[i].id << ' ' << kz_day_format(dl[i].due, a) << '\n';
	return 0;
}
