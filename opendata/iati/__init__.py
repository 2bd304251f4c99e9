"""The coalition's projects as an IATI activity file (IATI standard 2.03) at /iati/activities.xml:
``collect`` reads the projects and what relates to them, ``builder`` writes the XML, ``views``
serves it, ``codes`` names the IATI codes used.

The choices the data left open, each also explained where it is made:
- one activity per project, in the language of its source version (the first created), with a
  narrative per language version for every text; identifier: the reporting organisation's
  identifier, "-", the project's ``translation_key`` (the same in every language, never reused);
- reporting organisation: the coalition (Settings → Open data), or, when members report their
  own projects there, the publishing member if its page has a valid IATI identifier;
- participating organisations: the donors as funding (their type from their kind), the
  publishing member and the live partners as implementing;
- a project without a sector: DAC "99810 Sectors not specified" (the rulesets require a sector;
  leaving the project out would hide it, guessing one would misreport it);
- recipient countries: those of the municipalities' regions, shared by the number of
  municipalities; without any, the country of the publisher's identifier (GE-…, AZ-…), else of
  the coalition's, else Georgia;
- budgets: each donor's amount over the calendar years of the project (``yearly_shares``),
  summed per year and currency, "original" and "committed"; never converted between currencies.
"""
