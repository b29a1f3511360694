from sanhui.cli import main

raise SystemExit(main())
