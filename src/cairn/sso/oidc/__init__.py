"""allauth's OpenID Connect provider, hardened: the ID token's signature and nonce are checked.

allauth 65.21 skips the signature check of an ID token it fetched itself from the token
endpoint (allowed by OIDC Core over TLS) and sends no nonce. Cairn checks both, so a token
signed by another key, for another audience or another sign-in is refused whatever the
transport. Registered through SOCIALACCOUNT_PROVIDERS["openid_connect"]["provider_class"].
"""
