using System.Globalization;
using System.Text;
using System.Xml;

namespace CmkSim.Reports.Writers;

/// <summary>
/// Text that XML 1.0 can hold: characters it forbids (control characters other than tab and line breaks, lone
/// surrogates, U+FFFE/U+FFFF) are written as visible <c>\xNN</c> / <c>\uNNNN</c>, since XmlWriter would throw on them.
/// </summary>
public static class XmlText
{
    public static string Clean(string? text)
    {
        text ??= string.Empty;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                clean.Append(c);
            }
            else
            {
                clean.Append(c <= 0xFF ? "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture) : "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return clean.ToString();
    }
}
