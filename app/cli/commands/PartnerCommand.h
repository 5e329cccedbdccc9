#pragma once

#include "CliCommand.h"

namespace warden {

/// `wardenctl partner`: the partners (MSPs), and which accounts delegate their administration to them.
class PartnerCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PartnerCommand)

public:
    QString name() const override;
    QString usage() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute() override;

private:
    int list();
    int setDelegation(bool delegated);
};

} // namespace warden
