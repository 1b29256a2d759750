from provtui.cli import main

raise SystemExit(main())
