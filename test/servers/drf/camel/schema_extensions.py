from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.plumbing import build_bearer_security_scheme_object


class APIKeyAuthenticationScheme(OpenApiAuthenticationExtension):
    target_class = "camel.authentication.APIKeyAuthentication"
    name = "ApiKeyAuth"

    def get_security_definition(self, auto_schema):
        scheme = build_bearer_security_scheme_object(header_name="AUTHORIZATION", token_prefix="Bearer")
        return {**scheme, "description": "API key authentication using Bearer scheme"}
