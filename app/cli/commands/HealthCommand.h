#pragma once

#include "CliCommand.h"

namespace warden {

/// `wardenctl health`: the administrators' health report, and the recorded access tests and reviews.
class HealthCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(HealthCommand)

public:
    QString name() const override;
    QString usage() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute() override;

private:
    int record(const QString& what);
    int report();
};

} // namespace warden
