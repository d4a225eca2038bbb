"""Single sign-on per organisation (OpenID Connect and SAML 2.0 through django-allauth)."""
