// SPDX-License-Identifier: MIT
// Opening "What's inside" on a 10,000-item fridge: from creating the screen (the app's own
// IngredientsPage, its filter and list, over the fridge's InventorySync that the app already
// holds) to its first frame, beside a baseline measured in the same run: the same screen over an
// empty list. Software rendering, offscreen; alternating samples; one JSON line.
#include "BenchSupport.h"
#include "Percentiles.h"

#include "inventory/InventoryChannel.h"
#include "inventory/InventoryStore.h"
#include "inventory/InventorySync.h"
#include "inventory/ShelfPhotos.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QQuickView>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Larder_CorePlugin)
Q_IMPORT_QML_PLUGIN(Larder_ThemePlugin)
Q_IMPORT_QML_PLUGIN(Larder_ComponentsPlugin)
Q_IMPORT_QML_PLUGIN(Larder_OwnerPlugin)

using namespace larder::inventory;

namespace {
/// The cloud, silent: the screen shows the local copy (what opening the screen costs).
class SilentChannel : public InventoryChannel
{
public:
    void list(const QString &, qint64, Callback) override {}
    void send(const QString &, const QList<Change> &, Callback) override {}
    QString feedTopic(const QString &thing) const override { return thing; }
    int batchLimit() const override { return 1; }
};

bool stock(InventoryStore *store, int count)
{
    static const char *foods[] = {"Greek yoghurt", "Crème fraîche", "Milk",    "Cheddar",
                                  "Eggs",          "Chicken",       "Salmon",  "Spinach",
                                  "Carrots",       "Apples",        "Ketchup", "Peas"};
    QList<Ingredient> items;
    for (int i = 0; i < count; ++i) {
        Ingredient item;
        item.id = QStringLiteral("item-%1").arg(i);
        item.name = QStringLiteral("%1 %2").arg(QString::fromUtf8(foods[i % 12])).arg(i);
        item.category = categories().at(i % categories().size());
        item.seq = i + 1;
        item.addedBy = {QStringLiteral("member"), QStringLiteral("u"), QStringLiteral("ann")};
        items.append(item);
    }
    return store->saveConfirmed(QStringLiteral("fridge"), items, count);
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QTemporaryDir dir;
    SilentChannel silent;
    InventoryStore fullStore(dir.filePath("full.sqlite"), QStringLiteral("full"));
    InventoryStore emptyStore(dir.filePath("empty.sqlite"), QStringLiteral("empty"));
    QString error;
    if (!fullStore.open(&error) || !emptyStore.open(&error) || !stock(&fullStore, 10'000)) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(error));
        return 1;
    }
    const Author me{QStringLiteral("member"), QStringLiteral("u"), QStringLiteral("ann")};
    InventorySync full(&silent, nullptr, &fullStore, QStringLiteral("fridge"), me);
    InventorySync empty(&silent, nullptr, &emptyStore, QStringLiteral("fridge"), me);
    full.start();
    empty.start();
    if (full.items()->count() != 10'000) {
        std::fprintf(stderr, "bench: the list holds %d items\n", full.items()->count());
        return 1;
    }

    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    const auto open = [&](InventorySync *list) -> double {
        QQuickView view(&engine, nullptr);
        view.resize(390, 844);
        bool drawn = false;
        QObject::connect(&view, &QQuickWindow::frameSwapped, &view, [&] { drawn = true; });
        QElapsedTimer timer;
        timer.start();
        view.setInitialProperties(
            {{QStringLiteral("inventory"), QVariant::fromValue(list)},
             {QStringLiteral("shopping"), QVariant::fromValue<InventorySync *>(nullptr)},
             // No shelf photos (their strip is hidden): the list alone is measured.
             {QStringLiteral("lookInside"), QVariant::fromValue<ShelfPhotos *>(nullptr)},
             {QStringLiteral("fridgeName"), QStringLiteral("Kitchen")}});
        view.setSource(QUrl(QStringLiteral("qrc:/Larder/Owner/IngredientsPage.qml")));
        if (view.status() != QQuickView::Ready) {
            for (const QQmlError &problem : view.errors())
                std::fprintf(stderr, "bench: %s\n", qPrintable(problem.toString()));
            return -1;
        }
        view.show();
        if (!waitUntil([&] { return drawn; }, 10000))
            return -1;
        return timer.nsecsElapsed() / 1e6;
    };
    const int rounds = std::max(10, benchSamples() / 50);
    open(&empty); // warm-up: the modules' first load is not the screen's cost
    QList<double> tenThousand, none;
    for (int i = 0; i < rounds; ++i) {
        const double a = open(&full), b = open(&empty);
        if (a < 0 || b < 0)
            return 1;
        tenThousand.append(a);
        none.append(b);
    }
    printResult(comparison("inside_first_frame_10000", tenThousand, none,
                           {{"rounds", rounds}, {"baseline", "inside_first_frame_empty"}}));
    return 0;
}
