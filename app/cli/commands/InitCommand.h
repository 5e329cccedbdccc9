#pragma once

#include "CliCommand.h"

namespace warden {

/// `wardenctl init`: the first run of an empty database — the first account and its first Super Administrator.
class InitCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    QString name() const override;
    QString usage() const override;
    Needs needs() const override { return Needs::Database; }
    QList<QCommandLineOption> options() const override;

protected:
    int execute() override;
};

} // namespace warden
