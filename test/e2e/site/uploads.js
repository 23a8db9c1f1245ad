/* global document */
// A real picture that exists only as a data: URL, the way editors and canvases produce them.
const canvas = document.createElement('canvas');
canvas.width = 400;
canvas.height = 300;
const g = canvas.getContext('2d');
const gradient = g.createLinearGradient(0, 0, 400, 300);
gradient.addColorStop(0, '#c0392b');
gradient.addColorStop(1, '#f1c40f');
g.fillStyle = gradient;
g.fillRect(0, 0, 400, 300);
document.getElementById('drawn').src = canvas.toDataURL('image/png');
