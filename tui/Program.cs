using Playbook.Tui.Cli;

return await PlaybookCli.RunAsync(args, Console.In, Console.Out, Console.Error, Environment.GetEnvironmentVariable, CancellationToken.None);
