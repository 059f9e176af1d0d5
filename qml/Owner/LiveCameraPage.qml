// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import Larder.Components
import Larder.Core

// "Show camera": the fridge's shelves live, from wherever the phone is (the shop, the sofa).
ScrollPage {
    id: root

    required property LiveCamera camera
    required property string fridgeName
    /// The shelves' photos from the door's last close, under the live picture (null: none).
    property ShelfPhotos photos: null

    pageName: "camera"
    title: qsTr("Camera · %1").arg(root.fridgeName)
    contentWidth: 960
    // Ready once the picture has settled (a few frames: its size reaches the view a frame late).
    ready: (root.camera.status === LiveCamera.Live || root.camera.status === LiveCamera.Dark)
           && root.camera.frames >= 5

    LiveCameraView {
        objectName: "liveCameraView"
        Layout.fillWidth: true
        camera: root.camera
        // A phone held upright keeps the chips and the line below in view.
        maximumPictureHeight: root.height * 0.6
    }
    LookInsideStrip {
        Layout.fillWidth: true
        visible: root.photos !== null
        photos: root.photos
    }
}
