"""Every answer the API gives is described field by field in its OpenAPI schema, so that a
client generated from the schema reads typed objects, never a bare `object`."""

from drf_spectacular.generators import SchemaGenerator


def _resolved(schema: dict, components: dict) -> dict:
    while "$ref" in schema:
        schema = components[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _bare(schema: dict, components: dict) -> bool:
    """An object (or a list of objects) whose fields the schema does not name."""
    schema = _resolved(schema, components)
    if schema.get("type") == "array":
        return _bare(schema.get("items", {}), components)
    if any(key in schema for key in ("allOf", "oneOf", "anyOf")):
        return False
    if not schema:
        return True
    extra = schema.get("additionalProperties")
    return (schema.get("type") == "object" and not schema.get("properties")
            and extra in (None, True, {}))


def untyped_answers(schema: dict) -> list[str]:
    components = schema.get("components", {}).get("schemas", {})
    found = []
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            for code, response in operation.get("responses", {}).items():
                if not str(code).startswith("2"):
                    continue
                for media, content in response.get("content", {}).items():
                    if "json" in media and _bare(content.get("schema", {}), components):
                        found.append(f"{method.upper()} {path} {code}")
    return found


def test_the_walk_finds_a_bare_object_and_a_list_of_them():
    schema = {"paths": {"/a/": {"get": {"responses": {
        "200": {"content": {"application/json": {"schema": {"type": "object"}}}}}}},
        "/b/": {"put": {"responses": {"200": {"content": {"application/json": {
            "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Any"}}}}}}}},
        "/c/": {"get": {"responses": {"200": {"content": {"application/json": {
            "schema": {"type": "object", "properties": {"id": {"type": "integer"}}}}}}}}}},
        "components": {"schemas": {"Any": {"type": "object", "additionalProperties": {}}}}}
    assert untyped_answers(schema) == ["GET /a/ 200", "PUT /b/ 200"]


def test_every_answer_of_the_api_names_its_fields():
    schema = SchemaGenerator().get_schema(request=None, public=True)
    assert len(schema["paths"]) > 50
    assert untyped_answers(schema) == []
