using System.Text.Json;
using System.Text.RegularExpressions;

namespace MinutesLang.Tests;

/// <summary>
/// A small JSON Schema validator for the keywords the SARIF 2.1.0 schema uses ($ref to
/// definitions, type, enum, properties, additionalProperties, required, items, minItems,
/// uniqueItems, minimum, maximum, pattern, anyOf, oneOf, and the formats uri and uri-reference).
/// Tests only; other keywords are not checked.
/// </summary>
internal sealed class JsonSchemaValidator(JsonElement root)
{
    public List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(instance, root, "$", errors);
        return errors;
    }

    private void Check(JsonElement value, JsonElement schema, string at, List<string> errors)
    {
        if (schema.ValueKind != JsonValueKind.Object) return;
        if (schema.TryGetProperty("$ref", out var reference))
        {
            string r = reference.GetString()!;
            if (!r.StartsWith("#/definitions/", StringComparison.Ordinal)) throw new NotSupportedException($"$ref {r}");
            Check(value, root.GetProperty("definitions").GetProperty(r["#/definitions/".Length..]), at, errors);
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            if (!types.Any(t => IsType(value, t))) errors.Add($"{at}: expected {string.Join("|", types)}, found {value.ValueKind}");
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
            errors.Add($"{at}: {value} is not one of {allowed}");

        if (schema.TryGetProperty("anyOf", out var anyOf) && !anyOf.EnumerateArray().Any(s => Valid(value, s, at)))
            errors.Add($"{at}: matches none of anyOf");

        if (schema.TryGetProperty("oneOf", out var oneOf) && oneOf.EnumerateArray().Count(s => Valid(value, s, at)) != 1)
            errors.Add($"{at}: does not match exactly one of oneOf");

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var properties = schema.TryGetProperty("properties", out var p) ? p : default;
                foreach (var property in value.EnumerateObject())
                {
                    if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var sub))
                        Check(property.Value, sub, $"{at}.{property.Name}", errors);
                    else if (schema.TryGetProperty("additionalProperties", out var additional))
                    {
                        if (additional.ValueKind == JsonValueKind.False) errors.Add($"{at}: property '{property.Name}' is not allowed");
                        else Check(property.Value, additional, $"{at}.{property.Name}", errors);
                    }
                }

                if (schema.TryGetProperty("required", out var required))
                {
                    foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                        if (!value.TryGetProperty(name, out _)) errors.Add($"{at}: required property '{name}' is missing");
                }

                break;
            case JsonValueKind.Array:
                var items = value.EnumerateArray().ToList();
                if (schema.TryGetProperty("items", out var itemSchema))
                    for (int i = 0; i < items.Count; i++) Check(items[i], itemSchema, $"{at}[{i}]", errors);
                if (schema.TryGetProperty("minItems", out var minItems) && items.Count < minItems.GetInt32())
                    errors.Add($"{at}: fewer than {minItems} items");
                if (schema.TryGetProperty("uniqueItems", out var unique) && unique.ValueKind == JsonValueKind.True)
                {
                    for (int i = 0; i < items.Count; i++)
                        for (int j = i + 1; j < items.Count; j++)
                            if (JsonElement.DeepEquals(items[i], items[j])) errors.Add($"{at}: items {i} and {j} are equal");
                }

                break;
            case JsonValueKind.Number:
                if (schema.TryGetProperty("minimum", out var min) && value.GetDouble() < min.GetDouble()) errors.Add($"{at}: {value} < {min}");
                if (schema.TryGetProperty("maximum", out var max) && value.GetDouble() > max.GetDouble()) errors.Add($"{at}: {value} > {max}");
                break;
            case JsonValueKind.String:
                string s = value.GetString()!;
                if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(s, pattern.GetString()!))
                    errors.Add($"{at}: '{s}' does not match {pattern}");
                if (schema.TryGetProperty("format", out var format))
                {
                    bool ok = format.GetString() switch
                    {
                        "uri" => Uri.TryCreate(s, UriKind.Absolute, out _),
                        "uri-reference" => Uri.TryCreate(s, UriKind.RelativeOrAbsolute, out _) && !s.Contains('\\') && !s.Contains(' '),
                        _ => true,
                    };
                    if (!ok) errors.Add($"{at}: '{s}' is not a {format}");
                }

                break;
        }
    }

    private bool Valid(JsonElement value, JsonElement schema, string at)
    {
        var errors = new List<string>();
        Check(value, schema, at, errors);
        return errors.Count == 0;
    }

    private static bool IsType(JsonElement v, string type) => type switch
    {
        "object" => v.ValueKind == JsonValueKind.Object,
        "array" => v.ValueKind == JsonValueKind.Array,
        "string" => v.ValueKind == JsonValueKind.String,
        "boolean" => v.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => v.ValueKind == JsonValueKind.Null,
        "number" => v.ValueKind == JsonValueKind.Number,
        "integer" => v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out _),
        _ => throw new NotSupportedException($"type {type}"),
    };
}
