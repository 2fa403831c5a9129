package io.newsgraph.app;

import picocli.CommandLine;

/** A command that only groups subcommands: run alone, it is a usage error. */
abstract class CommandGroup implements Runnable {
    @CommandLine.ParentCommand
    Kg kg;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final String usage;

    CommandGroup(String usage) {
        this.usage = usage;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), usage);
    }
}
