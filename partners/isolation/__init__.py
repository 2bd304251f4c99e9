"""What a member organisation's editor may see and do in the admin, outside the page editor.

Wagtail's own permission checks already keep an editor out of other sections' edit, delete,
move, revision, workflow and media views. What they do not cover, and what this package
adds (each a narrower subclass of the Wagtail or wagtail-localize view, or a Wagtail hook):

- ``translations``: wagtail-localize's submit and update views check only the global
  "submit translation" permission, never the page: they now need edit permission on the
  source, and publishing needs publish permission on each translated page; a moderated
  section's translations go to its workflow instead of going live.
- ``choosers``: the page chooser and its search list live pages and the user's own, and show
  other sections' pages by their live title (never a pending draft title).
- ``listings``: bulk-action confirmation pages, reports (page types, workflows, site history,
  translations) and the admin API list only what the user may see.

The one rule they all ask is in ``visibility``. ``urls`` puts the replaced views in front of
Wagtail's (same paths, same names), so every link Wagtail builds reaches them.
``tests/test_admin_route_walk.py`` requests every admin route as one member's editor with
another member's ids and fails on any leak.
"""
