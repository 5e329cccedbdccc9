#pragma once

#include "CliCommand.h"

namespace warden {

/// `wardenctl whoami`: the signed-in administrator and their roles in each account they see.
class WhoamiCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(WhoamiCommand)

public:
    QString name() const override;
    QString usage() const override;

protected:
    int execute() override;
};

} // namespace warden
