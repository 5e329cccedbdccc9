#pragma once

#include "CliCommand.h"

namespace warden {

/// `wardenctl demo`: fills an empty database with the demo (see DemoSeeder).
class DemoCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QString name() const override;
    QString usage() const override;
    Needs needs() const override { return Needs::Database; }
    QList<QCommandLineOption> options() const override;

protected:
    int execute() override;
};

} // namespace warden
