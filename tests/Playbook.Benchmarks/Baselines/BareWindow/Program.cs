using Terminal.Gui.App;
using Terminal.Gui.Views;

// What Terminal.Gui itself costs before its first frame: one window, one label, nothing else.
using IApplication app = Application.Create().Init();
using var window = new Window { Title = "Bare window" };
window.Add(new Label { Text = "Hello from a bare Terminal.Gui window" });
app.Run(window);
