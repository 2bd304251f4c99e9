"""`make audit`: the demo site served as in production, measured by Lighthouse and axe-core in
Chromium on the pages a visitor lands on, in Georgian and Azerbaijani, on a phone and a desktop
(issue 19, "Measured, not guessed"). Run as ``python -m audit``; ``--help`` lists the options."""
