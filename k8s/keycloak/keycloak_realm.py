#!/usr/bin/env python3
"""Writes the realm to import: realm-governance.json beside this script, plus (with --local) the local-development
demo users and client secrets of local-development.json beside it. Used by scripts/keycloak.sh (local platform)
and by the Keycloak init container of the local Kubernetes overlay (the three files mounted from one ConfigMap).

Usage: keycloak_realm.py [--local] OUTPUT_FILE
"""
import json
import os
import sys

KEYCLOAK = os.path.dirname(os.path.abspath(__file__))


def main():
    args = sys.argv[1:]
    local = "--local" in args
    output = [a for a in args if a != "--local"]
    if len(output) != 1:
        sys.exit(__doc__)
    with open(os.path.join(KEYCLOAK, "realm-governance.json")) as f:
        realm = json.load(f)
    if local:
        with open(os.path.join(KEYCLOAK, "local-development.json")) as f:
            extra = json.load(f)
        audience_mapper = next(m for m in realm["clients"][0]["protocolMappers"] if m["protocolMapper"] == "oidc-audience-mapper")
        for spec in extra.get("extraClients", []):
            client = {"clientId": spec["clientId"], "description": spec["description"], "enabled": True, "publicClient": False,
                      "clientAuthenticatorType": "client-secret", "standardFlowEnabled": False, "directAccessGrantsEnabled": False,
                      "serviceAccountsEnabled": True, "attributes": {}, "protocolMappers": [audience_mapper] if spec["audience"] else []}
            if "tokenLifespanSeconds" in spec:
                client["attributes"]["access.token.lifespan"] = str(spec["tokenLifespanSeconds"])
            realm["clients"].append(client)
            realm["users"].append({"username": "service-account-" + spec["clientId"], "enabled": True,
                                   "serviceAccountClientId": spec["clientId"], "realmRoles": spec["realmRoles"]})
        for client in realm["clients"]:
            if client["clientId"] in extra["clientSecrets"]:
                client["secret"] = extra["clientSecrets"][client["clientId"]]
            if client["clientId"] in extra["directAccessGrantsFor"]:
                client["directAccessGrantsEnabled"] = True
        for user in extra["users"]:
            realm["users"].append({
                "username": user["username"], "enabled": True, "emailVerified": True,
                "firstName": user["firstName"], "lastName": user["lastName"], "email": user["email"],
                "credentials": [{"type": "password", "value": user["password"], "temporary": False}],
                "realmRoles": user["realmRoles"]})
    with open(output[0], "w") as f:
        json.dump(realm, f, indent=2)


if __name__ == "__main__":
    main()
