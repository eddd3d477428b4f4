using Playbook.Tui.Cli;

Playbook.Tui.Desk.StartTimes.Mark("Main");

return await PlaybookCli.RunAsync(args, Console.In, Console.Out, Console.Error, Environment.GetEnvironmentVariable, CancellationToken.None);
