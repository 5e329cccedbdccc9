#pragma once

#include "CliCommand.h"

namespace warden {

/// `wardenctl demo-code EMAIL`: the current one-time code of a demo administrator (its secret is in the keychain).
class DemoCodeCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCodeCommand)

public:
    QString name() const override;
    QString usage() const override;
    Needs needs() const override { return Needs::Database; }

protected:
    int execute() override;
};

} // namespace warden
