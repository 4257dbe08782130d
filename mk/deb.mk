# mk/deb.mk — make deb: the Debian packages (debian/) built from the tracked files in a
# folder of their own, with dpkg-buildpackage -us -uc -b, then lintian (no error
# allowed) and a look inside each package.  make check runs it where dpkg-buildpackage
# and lintian are installed (.ci/run installs them).
DEB_B = $(B)/deb

deb:
	rm -rf $(DEB_B) && mkdir -p $(DEB_B)/kzmig-$(VERSION)
	git ls-files -z | tar --null -T - -cf - | tar -xf - -C $(DEB_B)/kzmig-$(VERSION)
	cd $(DEB_B)/kzmig-$(VERSION) && dpkg-buildpackage -us -uc -b >../build.log 2>&1 || \
		{ tail -40 ../build.log; exit 1; }
	lintian -q --fail-on error $(DEB_B)/kzmig_$(VERSION)-*_*.changes
	@dpkg-deb -c $(DEB_B)/kzmig_$(VERSION)-*.deb | grep '/usr/bin/kzmig$$' >/dev/null
	@dpkg-deb -c $(DEB_B)/libkzmig1_$(VERSION)-*.deb | grep 'libkzmig.so.1 -> ' >/dev/null
	@dpkg-deb -c $(DEB_B)/libkzmig-dev_$(VERSION)-*.deb | grep 'pkgconfig/kzmig.pc$$' >/dev/null
	@dpkg-deb -f $(DEB_B)/kzmig_$(VERSION)-*.deb Depends | grep 'libical3' >/dev/null
	@dpkg-deb -f $(DEB_B)/kzmig_$(VERSION)-*.deb Depends | grep 'libxlsxwriter' >/dev/null
	@cd $(DEB_B) && echo "deb: built and lintian-clean of errors:" *.deb

.PHONY: deb
