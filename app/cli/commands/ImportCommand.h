#pragma once

#include "CliCommand.h"

namespace warden {

/// `wardenctl import`: users from a CSV file (or standard input) into the directory, with a dry run.
class ImportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override;
    QString usage() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute() override;
};

} // namespace warden
