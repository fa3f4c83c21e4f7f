from rest_framework import authentication, exceptions

from camel.models import APIKey


class APIKeyAuthentication(authentication.BaseAuthentication):
    """`Authorization: Bearer <api key>`, checked against the stored digests."""

    keyword = "Bearer"

    def authenticate(self, request):
        parts = authentication.get_authorization_header(request).split()
        if not parts or parts[0].lower() != self.keyword.lower().encode():
            return None
        if len(parts) != 2:
            raise exceptions.AuthenticationFailed("Invalid Authorization header.")
        try:
            key = parts[1].decode()
        except UnicodeError:
            raise exceptions.AuthenticationFailed("Invalid API key.")
        api_key = APIKey.objects.select_related("user").filter(digest=APIKey.digest_of(key)).first()
        if api_key is None:
            raise exceptions.AuthenticationFailed("Invalid API key.")
        return api_key.user, api_key

    def authenticate_header(self, request):
        return self.keyword
