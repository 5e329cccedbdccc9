#pragma once

#include "CoreFixture.h"

namespace warden::test {

/// Adds the partner world to a seeded CoreFixture: the partner "Northwind MSP" with its home
/// account NWMSP (domain nwmsp.test; alice@nwmsp.test is a partner administrator, bob and carol
/// are its other staff), two more customer accounts BETA (beta.test) and GAMMA (gamma.test).
/// ACME and BETA delegate to the partner, GAMMA does not; alice is an external Partner
/// Administrator of ACME and BETA. Partner staff connect from 198.51.100.7.
class PartnerSetup
{
public:
    explicit PartnerSetup(CoreFixture& fixture);

    [[nodiscard]] Actor alice() const { return staff(m_aliceId, QStringLiteral("alice@nwmsp.test")); }
    [[nodiscard]] Actor staff(qint64 userId, const QString& email) const;
    [[nodiscard]] qint64 betaId() const { return m_betaId; }
    [[nodiscard]] qint64 gammaId() const { return m_gammaId; }
    [[nodiscard]] qint64 homeId() const { return m_homeId; }
    [[nodiscard]] const Partner& partner() const { return m_partner; }

    static inline const QString kPartnerAddress = QStringLiteral("198.51.100.7");

private:
    Partner m_partner;
    qint64 m_homeId = 0;
    qint64 m_betaId = 0;
    qint64 m_gammaId = 0;
    qint64 m_aliceId = 0;
};

} // namespace warden::test
