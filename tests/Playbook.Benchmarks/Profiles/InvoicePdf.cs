namespace Playbook.Benchmarks.Profiles;

/// <summary>A one-page invoice: a PDF that is not a profile, for the reader to turn away.</summary>
internal static class InvoicePdf
{
    /// <summary>The bytes of the invoice.</summary>
    public static byte[] Build()
    {
        using var canvas = new PdfCanvas("D:20260114093000Z");
        var lines = new (double X, double Y, double Size, string Text)[]
        {
            (50, 740, 22, "INVOICE"),
            (50, 710, 10.5, "Invoice number 2026-0142"),
            (50, 696, 10.5, "Date: 14 January 2026"),
            (50, 660, 12, "Bill to"),
            (50, 646, 10.5, "Calder & Wren Retail"),
            (50, 632, 10.5, "accounts@calder-wren.example.com"),
            (320, 660, 12, "From"),
            (320, 646, 10.5, "Northmoor Logistics Ltd"),
            (320, 632, 10.5, "billing@northmoor.example.net"),
            (50, 590, 11, "Description"),
            (420, 590, 11, "Amount"),
            (50, 570, 10.5, "Pallet storage, December 2025 (412 pallets)"),
            (420, 570, 10.5, "£4,120.00"),
            (50, 554, 10.5, "Outbound handling, 1,806 orders"),
            (420, 554, 10.5, "£2,709.00"),
            (50, 520, 12, "Total due"),
            (420, 520, 12, "£6,829.00"),
            (50, 480, 9, "Payment within 30 days to the account on file. Thank you for your business."),
        };
        foreach (var (x, y, size, text) in lines)
        {
            canvas.Text(0, x, y, size, text);
        }

        return canvas.Build();
    }
}
