// graph: articles
// What does NVIDIA make (chips, architectures, products)?
MATCH (:Company {name: 'NVIDIA'})-[:MAKES]->(x)
UNWIND labels(x) AS label
RETURN label, x.name AS name, x.kind AS kind
ORDER BY label, name;
/* expect
| label          | name                        | kind        |
| 'Architecture' | 'Blackwell'                 | 'gpu'       |
| 'Architecture' | 'Hopper'                    | 'gpu'       |
| 'Chip'         | 'A100'                      | 'gpu'       |
| 'Chip'         | 'A800'                      | 'gpu'       |
| 'Chip'         | 'B100'                      | 'gpu'       |
| 'Chip'         | 'Blackwell GPU'             | 'gpu'       |
| 'Chip'         | 'DGX Blackwell'             | 'system'    |
| 'Chip'         | 'DGX-1'                     | 'system'    |
| 'Chip'         | 'GB200'                     | 'superchip' |
| 'Chip'         | 'GB200 NVL72'               | 'system'    |
| 'Chip'         | 'GeForce RTX 30 Series'     | 'gpu'       |
| 'Chip'         | 'GeForce RTX 40 Series'     | 'gpu'       |
| 'Chip'         | 'H100'                      | 'gpu'       |
| 'Chip'         | 'H800'                      | 'gpu'       |
| 'Chip'         | 'HGX A100'                  | 'system'    |
| 'Chip'         | 'NVIDIA GPUs (unspecified)' | 'gpu'       |
| 'Chip'         | 'P100'                      | 'gpu'       |
| 'Chip'         | 'V100'                      | 'gpu'       |
| 'Product'      | 'CUDA'                      | 'software'  |
| 'Product'      | 'Chat with RTX'             | 'chatbot'   |
| 'Product'      | 'NIM'                       | 'software'  |
| 'Product'      | 'NVIDIA AI Enterprise'      | 'software'  |
| 'Product'      | 'NVLink'                    | 'hardware'  |
| 'Product'      | 'NVLink Spine'              | 'hardware'  |
| 'Product'      | 'NVSwitch'                  | 'hardware'  |
| 'Product'      | 'NeMo Megatron'             | 'software'  |
| 'Product'      | 'TensorRT-LLM'              | 'software'  |
(27 rows)
*/
